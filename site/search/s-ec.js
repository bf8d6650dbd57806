DossierSearch.shard("ec", {"echoed":"1.6","echo~":"1.6","economic":"0.2,1.2,2.2,1.2","economically":"1.6","economi~":"1.6,3.7","economy":"1.6,3.7","econom~":"0.2,1.2,2.2,1.2"});
