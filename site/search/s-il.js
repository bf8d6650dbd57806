DossierSearch.shard("il", {"illegitimate":"2.6","illustrates":"4.6"});
