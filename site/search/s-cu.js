DossierSearch.shard("cu", {"current":"3.6","currently":"4.6"});
