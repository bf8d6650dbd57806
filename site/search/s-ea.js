DossierSearch.shard("ea", {"earlier":"2.4,1.4","earli~":"4.6","early":"4.6","ears":"2.6","ear~":"2.6","easili~":"1.6","easily":"1.6","eastward":"3.4,1.4"});
