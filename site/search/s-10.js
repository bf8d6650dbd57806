DossierSearch.shard("10", {"10":"2.8","100":"2.6"});
