DossierSearch.shard("rh", {"rhetoric":"2.6,2.4"});
