DossierSearch.shard("ov", {"overall":"1.6"});
