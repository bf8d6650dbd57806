DossierSearch.shard("is", {"issue":"3.6","issues":"0.2,2.1,1.1,1.2","issu~":"0.2,2.1,1.2,1.2"});
