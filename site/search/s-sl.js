DossierSearch.shard("sl", {"slightest":"3.6"});
