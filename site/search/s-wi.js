DossierSearch.shard("wi", {"wide":"3.6","widespread":"1.6","winter":"2.5,1.4","wish":"2.6"});
