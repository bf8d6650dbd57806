DossierSearch.shard("g7", {"g7":"3.a"});
