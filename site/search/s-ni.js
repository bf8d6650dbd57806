DossierSearch.shard("ni", {"nightmare":"4.6","nightmar~":"4.6"});
