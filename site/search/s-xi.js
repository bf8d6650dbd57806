DossierSearch.shard("xi", {"xi":"1.2,1.2,1.2,1.1","xiaoping":"2.9","xiaop~":"2.9"});
