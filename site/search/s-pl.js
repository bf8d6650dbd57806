DossierSearch.shard("pl", {"place":"4.6","planned":"4.6","plans":"2.5,2.4"});
