DossierSearch.shard("ze", {"zedong":"2.6,2.6","zero":"4.6"});
