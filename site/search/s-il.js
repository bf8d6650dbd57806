DossierSearch.shard("il", {"illegitimate":"3.6","illegitim~":"3.6","illustrates":"1.6","illustr~":"1.6"});
