DossierSearch.shard("eq", {"equally":"1.6","equal~":"1.6"});
