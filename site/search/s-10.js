DossierSearch.shard("10", {"10":"3.8","100":"3.6"});
