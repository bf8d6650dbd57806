DossierSearch.shard("ka", {"kaczmarski":"1.9"});
