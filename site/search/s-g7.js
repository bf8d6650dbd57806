DossierSearch.shard("g7", {"g7":"2.a"});
