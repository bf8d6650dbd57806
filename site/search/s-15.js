DossierSearch.shard("15", {"15":"2.6"});
