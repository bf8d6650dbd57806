DossierSearch.shard("on", {"online":"2.9","onlin~":"2.9"});
