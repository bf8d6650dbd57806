DossierSearch.shard("ku", {"kuhrt":"4.9"});
