DossierSearch.shard("ji", {"jinping":"1.2,1.2,1.2,1.2","jinp~":"1.2,1.2,1.2,1.2"});
