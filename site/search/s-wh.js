DossierSearch.shard("wh", {"whilst":"1.6","white":"1.6"});
