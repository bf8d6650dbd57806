DossierSearch.shard("da", {"daily":"0.9","damage":"1.9","danil":"1.6,1.6"});
