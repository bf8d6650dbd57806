DossierSearch.shard("gi", {"given":"0.4,2.4"});
