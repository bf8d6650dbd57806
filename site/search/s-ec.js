DossierSearch.shard("ec", {"echoed":"4.6","economic":"0.2,2.2,1.2,1.2","economically":"4.6","economy":"3.7,1.6"});
