DossierSearch.shard("25", {"25":"2.6"});
