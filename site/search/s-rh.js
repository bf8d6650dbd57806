DossierSearch.shard("rh", {"rhetoric":"1.4,2.6","rhetor~":"1.4,2.6"});
