DossierSearch.shard("hu", {"human":"0.1,1.1,1.1,1.1,1.1"});
