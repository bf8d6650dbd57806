DossierSearch.shard("ka", {"kaczmarski":"4.9"});
