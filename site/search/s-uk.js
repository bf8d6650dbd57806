DossierSearch.shard("uk", {"uk":"3.6","ukraine":"1.2,1.2,1.2,1.2","ukrainian":"2.6","ukrain~":"1.2,1.2,1.2,1.2"});
