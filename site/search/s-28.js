DossierSearch.shard("28", {"28":"3.6"});
