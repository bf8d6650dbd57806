DossierSearch.shard("ku", {"kuhrt":"1.9"});
