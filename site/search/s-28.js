DossierSearch.shard("28", {"28":"2.6"});
