DossierSearch.shard("40", {"400":"4.6"});
