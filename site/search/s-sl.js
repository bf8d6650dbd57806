DossierSearch.shard("sl", {"slightest":"4.6"});
