DossierSearch.shard("wh", {"whilst":"4.6","white":"4.6"});
