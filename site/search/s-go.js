DossierSearch.shard("go", {"go":"4.6","goodwill":"1.6","governments":"2.6"});
