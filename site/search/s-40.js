DossierSearch.shard("40", {"400":"1.6"});
