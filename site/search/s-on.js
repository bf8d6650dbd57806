DossierSearch.shard("on", {"online":"1.9"});
