DossierSearch.shard("ni", {"nightmare":"3.6"});
