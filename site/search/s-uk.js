DossierSearch.shard("uk", {"uk":"2.6","ukraine":"1.2,1.2,1.2,1.2","ukrainian":"1.6"});
