DossierSearch.shard("pl", {"place":"1.6","planned":"1.6","plans":"1.4,2.5","plan~":"1.5,2.5"});
