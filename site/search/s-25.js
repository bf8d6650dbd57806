DossierSearch.shard("25", {"25":"3.6"});
