DossierSearch.shard("cu", {"current":"4.6","currently":"1.6","current~":"1.6"});
