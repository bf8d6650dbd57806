DossierSearch.shard("gi", {"given":"0.4,1.4"});
