DossierSearch.shard("ji", {"jinping":"1.4,1.4,1.4","jinp~":"1.4,1.4,1.4"});
