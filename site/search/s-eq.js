DossierSearch.shard("eq", {"equally":"4.6"});
