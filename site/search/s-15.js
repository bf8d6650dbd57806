DossierSearch.shard("15", {"15":"3.6"});
