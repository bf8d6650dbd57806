DossierSearch.shard("xi", {"xi":"1.2,1.2,1.2,1.2","xiaoping":"1.9"});
