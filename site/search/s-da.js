DossierSearch.shard("da", {"daili~":"0.9","daily":"0.9","damage":"2.9","damag~":"2.9","danil":"2.6,1.6"});
