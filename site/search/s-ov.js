DossierSearch.shard("ov", {"overall":"2.6","overal~":"2.6"});
